# D100: a dunder folder is public: reported.
