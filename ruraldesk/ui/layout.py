"""Widgets and helpers that keep the window inside any screen: rows that wrap, labels and
combo boxes that elide instead of widening their pane, the first window size, a focus ring."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QLabel, QLayout, QLayoutItem, QStyle,
                               QStyleOptionComboBox, QStylePainter, QToolTip, QWidget)
import shiboken6

#: the first window size when the screen has room for it
PREFERRED = QSize(1360, 820)
#: room the window manager's title bar and borders take around the window
FRAME = QSize(16, 48)


def initial_size(available: QSize, preferred: QSize = PREFERRED) -> QSize:
    """The first size of the main window on a screen with `available` room: never larger."""
    return QSize(max(320, min(preferred.width(), available.width() - FRAME.width())),
                 max(240, min(preferred.height(), available.height() - FRAME.height())))


def fit_inside(window: QWidget, available: QRect) -> None:
    """Shrink and move a window (restored from an older, larger screen) onto `available`."""
    size = window.size().boundedTo(initial_size(available.size(), window.size()))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if not available.contains(frame):
        x = min(max(frame.x(), available.x()), max(available.x(), available.right() - frame.width()))
        y = min(max(frame.y(), available.y()), max(available.y(), available.bottom() - frame.height()))
        window.move(x, y)


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next row when the width runs out (a filter bar,
    a row of buttons): its minimum width is that of its widest item, not of all of them."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def sizeHint(self) -> QSize:  # noqa: N802
        items = self._visible()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in items) + self.spacing() * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        size = QSize()
        for i in self._visible():
            size = size.expandedTo(i.minimumSize())
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            if x > area.x() and x + width > area.x() + area.width():
                x, y, row_height = area.x(), y + row_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" rather than widening the window; the whole
    text shows as a tool tip when cut."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6)), hint.height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.shown_text() != self.text():
            QToolTip.showText(event.globalPos(), self.text(), self)
            return True
        return super().event(event)


class FitCombo(QComboBox):
    """A combo box as wide as its current choice (not its longest one), cut with "…" when
    its row is narrower; the whole choice shows as a tool tip when cut."""

    MIN_CHARS = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentIndexChanged.connect(self.updateGeometry)

    def _for_text(self, width: int) -> QSize:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        height = super().sizeHint().height()
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt,
                                             QSize(width, height), self).expandedTo(QSize(0, height))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._for_text(self.fontMetrics().horizontalAdvance(self.currentText()) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._for_text(self.fontMetrics().horizontalAdvance("M" * self.MIN_CHARS))

    def shown_text(self) -> str:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, field.width() - 2)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.shown_text() != self.currentText():
            QToolTip.showText(event.globalPos(), f"{self.currentText()}\n{self.accessibleName()}", self)
            return True
        return super().event(event)


class FocusRing(QObject):
    """A 2 px frame in the highlight colour around the widget that has the keyboard focus,
    drawn over it: plainer to see than the styles' faint focus line, and it follows light and
    dark palettes. One per application; see install()."""

    WIDTH = 2
    WATCH = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring: _Ring | None = None
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)

    @classmethod
    def install(cls, app: QApplication) -> "FocusRing":
        ring = app.findChild(FocusRing)
        return ring if ring is not None else cls(app)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for w in self._watched:
            if shiboken6.isValid(w):
                w.removeEventFilter(self)
        self._watched, self.target = [], None
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()
            self.ring.deleteLater()
        self.ring = None
        if new is None or new.isWindow() \
                or new.window().windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return
        self.target = new
        # the ring lives on the window, so no layout or splitter takes it as a child of its own;
        # moves of any ancestor (a scrolled form) move it too
        w: QWidget | None = new
        while w is not None and not w.isWindow():
            w.installEventFilter(self)
            self._watched.append(w)
            w = w.parentWidget()
        self.ring = _Ring(new)
        self.place()

    def place(self) -> None:
        target, ring = self.target, self.ring
        if target is None or ring is None or not shiboken6.isValid(target) or not shiboken6.isValid(ring):
            return
        visible = target.visibleRegion().boundingRect()
        if not target.isVisible() or visible.isEmpty():
            ring.hide()
            return
        window = target.window()
        ring.full = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        ring.setGeometry(QRect(target.mapTo(window, visible.topLeft()), visible.size()))
        ring.show()
        ring.raise_()
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.WATCH:
            self.place()
        return False


class _Ring(QWidget):
    def __init__(self, target: QWidget):
        super().__init__(target.window())
        self.target = target
        self.full = QRect()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focus-ring")

    def colour(self):
        return self.target.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), FocusRing.WIDTH))
        half = FocusRing.WIDTH / 2
        full = self.full.translated(-self.geometry().topLeft())
        painter.drawRoundedRect(full.toRectF().adjusted(half, half, -half, -half), 3, 3)


def shortcut(keys, parent: QWidget, slot, context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut limited to `context`. PySide6 drops a `context=` keyword given to QShortcut's
    constructor with a callable, leaving a window-wide shortcut; two window-wide Escapes (the
    form's and the search field's) then cancel each other out and neither works."""
    made = QShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made
