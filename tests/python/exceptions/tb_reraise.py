# a re-raised exception keeps its original traceback and adds the handler line
def fail():
    raise ValueError("original")

def handler():
    try:
        fail()
    except ValueError:
        print("handling, then re-raising")
        raise

handler()
