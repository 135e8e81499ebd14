"""One window per data folder: a second start brings the running window to the front instead
of opening the database twice (a QLockFile in the data folder and a local socket).

The lock is taken before the window is shown; the socket listens once the window's data is on
screen (`serve`), so QtNetwork is not loaded before it. A second start in between finds the
lock taken and keeps trying to reach the first for ten seconds: a start that migrates the
database or imports a large profile takes a few."""

from __future__ import annotations

import enum
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from skill_ladder.folder_lock import LOCK_NAME

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
WAKE = b"raise"
ANSWER = b"raised"  # the first window's reply: it is alive and came to the front
ANSWER_WAIT_S = 10.0


class Start(enum.Enum):
    """What a start found: the folder is its own, or another window has it and was brought
    to the front, or another window has it and did not answer in time."""

    FIRST = "first"
    WOKE_OTHER = "woke"
    OTHER_SILENT = "silent"
    # No lock could be made (a full disk, a read-only folder): nobody holds it, and nothing
    # can be written; the window opens on its data read-only (issue 15, item 9).
    UNWRITABLE = "unwritable"


class SingleInstance(QObject):
    activated = Signal()  # another start asked this window to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name: one per data folder."""
        import hashlib

        digest = hashlib.sha256(str(self._data_dir.resolve()).encode()).hexdigest()[:16]
        return f"skill-ladder-{digest}"

    def acquire(self, wait_s: float = ANSWER_WAIT_S) -> Start:
        """FIRST for the first instance (which then calls `serve`); else whether the first
        answered and was brought to the front."""
        if self._lock.tryLock(200):
            return Start.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("cannot create the lock in %s: %s", self._data_dir, self._lock.error())
            return Start.UNWRITABLE
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        deadline = time.monotonic() + wait_s
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(int(wait_s * 1000)):
                socket.write(WAKE)
                socket.waitForBytesWritten(2000)
                # A window that is stuck (or stopped) still accepts the connection: only its
                # answer says it came to the front.
                # Its own few seconds for the answer, whatever the wait to connect took.
                left = max(3.0, deadline - time.monotonic())
                answered = socket.waitForReadyRead(int(left * 1000)) and bytes(
                    socket.readAll().data()
                ).startswith(ANSWER)
                socket.disconnectFromServer()
                return Start.WOKE_OTHER if answered else Start.OTHER_SILENT
            if time.monotonic() > deadline:
                log.warning(
                    "another instance holds the lock but does not answer: %s",
                    socket.errorString(),
                )
                return Start.OTHER_SILENT
            time.sleep(0.1)  # the first may still be starting: try again

    def serve(self) -> None:
        """Listen for a second start (the lock is ours)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a server left by a crashed instance
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._wake)
        if not self._server.listen(self.name):
            log.warning("single-instance server not listening: %s", self._server.errorString())
        log.info("single instance: serving %s", self.name)

    def _wake(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is not None:
            # A lambda, not the bound C++ method: PySide cannot wrap that one for a socket it
            # did not create ("Cannot add dynamic method readAll()").
            connection.readyRead.connect(lambda: connection.readAll())
            connection.disconnected.connect(connection.deleteLater)
        log.info("activated by a second start")
        self.activated.emit()
        if connection is not None:  # after coming to the front: see `acquire`
            connection.write(ANSWER)
            connection.flush()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
