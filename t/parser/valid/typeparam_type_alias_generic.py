type ListOrSet[T] = list[T] | set[T]
type Func[**P, R] = Callable[P, R]
type Unpacked[*Ts] = tuple[int, *Ts]
type Bound[T: (int, str)] = dict[T, T]
