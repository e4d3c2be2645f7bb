sources = {
    "async with": "def f(lock):\n    async with lock:\n        pass\n",
    "async for": "def f(rows):\n    async for row in rows:\n        pass\n",
    "comprehension": "def f(rows):\n    return [row async for row in rows]\n",
    "await": "def f(row):\n    return await row\n",
    "await in a list": "def f(rows):\n    return [await row for row in rows]\n",
}
for label, source in sources.items():
    try:
        compile(source, "example.py", "exec")  # (1)!
    except SyntaxError as e:
        print(f"{label}: SyntaxError: {e.msg} (line {e.lineno})")
