"""One window per data folder: a second start brings the running window to the front instead
of opening the database twice (a QLockFile in the data folder and a local socket)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
WAKE = b"raise"


class SingleInstance(QObject):
    activated = Signal()  # another start asked this window to come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.name = f"skill-ladder-{digest}"
        self._lock = QLockFile(str(data_dir / "skill-ladder.lock"))
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True for the first instance (which then listens); False after waking the first."""
        if self._lock.tryLock(200):
            QLocalServer.removeServer(self.name)  # a server left by a crashed instance
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._wake)
            if not self._server.listen(self.name):
                log.warning("single-instance server not listening: %s", self._server.errorString())
            log.info("single instance: serving %s", self.name)
            return True
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(2000):
            socket.write(WAKE)
            socket.waitForBytesWritten(2000)
            socket.disconnectFromServer()
        else:
            log.warning(
                "another instance holds the lock but does not answer: %s", socket.errorString()
            )
        return False

    def _wake(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()
        if connection is not None:
            connection.readyRead.connect(connection.readAll)
            connection.disconnected.connect(connection.deleteLater)
        log.info("activated by a second start")
        self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
