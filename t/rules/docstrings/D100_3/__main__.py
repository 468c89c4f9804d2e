# D100: a dunder name is public: reported.
