# RVW101: when the reported name's own kind does not follow the module's convention (two
# methods, one of each style), the counts are those of all function, method, argument,
# variable and attribute names.  PascalCase and UPPER_CASE variables and arguments (a
# class, a constant) count for no style; a function may not be PascalCase.
MAX_RETRIES = 3


def fetch_items(item_count, page_size):
    result_list = []
    Factory = dict
    return result_list, Factory


def ParseItems(raw_text):
    return raw_text


class Client:
    def send_request(self, request_body):
        pass

    def getResponse(self):
        pass
