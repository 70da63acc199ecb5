"""PyInstaller runtime hook: the bundle ships without Qt's OpenGL bindings (PySide6.QtOpenGL,
9 MB, the largest Qt module left, and PySide6.QtOpenGLWidgets with the two Qt libraries under
them), which Feedback Desk never draws with.

pyqtgraph imports both when it is imported itself, and subclasses QOpenGLWidget, but uses them
only for OpenGL drawing (``useOpenGL``), which the app never turns on. These stand-ins let
those imports succeed; any use raises an ImportError that says why, instead of the app
misbehaving.
"""

import sys
import types

WHY = "is not in this build of Feedback Desk: it draws without OpenGL (installers/rthooks)"


class _LeftOut(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "QOpenGLWidget":  # pyqtgraph subclasses it (and never makes one)
            return _widget_left_out(f"{self.__name__}.{name}")
        raise ImportError(f"{self.__name__}.{name} {WHY}")


def _widget_left_out(what):
    from PySide6.QtWidgets import QWidget

    class QOpenGLWidget(QWidget):
        def __init__(self, *args, **kwargs):
            raise ImportError(f"{what} {WHY}")

    return QOpenGLWidget


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_name, _LeftOut(_name))
