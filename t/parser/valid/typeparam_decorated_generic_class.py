@dataclass
class Pair[L, R]:
    left: L
    right: R
    def swap[X](self, x: X) -> "Pair[R, L]":
        return Pair(self.right, self.left)
