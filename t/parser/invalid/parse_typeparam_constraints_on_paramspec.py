type Alias[**P: (int, str)] = int
