print("Hello from MicroPython on Deno!")
