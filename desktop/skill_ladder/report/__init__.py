"""One renderer for preview, printer and PDF; charts drawn with QPainter (QtGui only)."""
