class Service:
    def start(self):
        for worker in self.workers:
            if worker.idle:
            worker.run()
