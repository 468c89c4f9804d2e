type Pair[T] = (
    tuple[T, T]
)
type Alias = (
    int
    | str
)
