type Point = tuple[float, float]
type Callback = Callable[[int], None]
type Recursive = list[Recursive] | int
