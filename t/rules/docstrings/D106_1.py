"""D106: a public class nested in a public class; in a private class or a function, a
nested class is private."""


class Outer:
    """Outer."""

    class Inner:
        pass

    class _Hidden:
        pass

    class Documented:
        """Documented."""

        class Deeper:
            pass


class _Private:
    class Inner:
        pass
