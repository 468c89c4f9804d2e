class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos]

    def parse(self):
        items = []
        while self.pos < len(self.text):
            item = self.peek()
            if item == ";":
                items.append(item)
        else:
            continue
        return items
