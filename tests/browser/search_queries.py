"""Queries readers type, and the page each must find among the first three results.

Russian queries use inflected forms (the stemmer must reduce them to the form on the page),
English ones plurals and verb forms; API names are searched as written. Add a row when you add
a page."""

QUERIES = [
    # Russian: inflected forms of the terms in the page titles and headings
    ("ru", "запуском", "basics/running.md"),
    ("ru", "корутинами", "basics/intro.md"),
    ("ru", "циклы событий", "basics/event-loops.md"),
    ("ru", "задачами", "basics/tasks.md"),
    ("ru", "объектом Future", "basics/futures.md"),
    ("ru", "тайм-аутов", "waiting/timeouts.md"),
    ("ru", "отмены задач", "waiting/cancellation.md"),
    ("ru", "исключениях", "waiting/exceptions.md"),
    ("ru", "семафором", "sync/semaphore.md"),
    ("ru", "блокировки", "sync/lock.md"),
    ("ru", "барьеру", "sync/barrier.md"),
    ("ru", "очередями", "sync/queues.md"),
    ("ru", "состояния гонки", "sync/problems.md"),
    ("ru", "событием", "sync/event.md"),
    ("ru", "производителя и потребителя", "sync/producer-consumer.md"),
    ("ru", "файлов aiofiles", "io/aiofiles-files.md"),
    ("ru", "подпроцессами", "io/subprocesses.md"),
    ("ru", "потоков данных", "io/streams.md"),
    ("ru", "глоссарий", "glossary.md"),
    ("ru", "виртуальными часами", "about.md"),
    # Russian pages, API names as written
    ("ru", "asyncio.sleep", "basics/running.md"),
    ("ru", "gather", "waiting/concurrency.md"),
    ("ru", "BoundedSemaphore", "sync/semaphore.md"),
    ("ru", "aclosing", "waiting/async-with-for.md"),
    # English: plurals and verb forms
    ("en", "sleeping", "basics/running.md"),
    ("en", "coroutines", "basics/intro.md"),
    ("en", "event loops", "basics/event-loops.md"),
    ("en", "cancelling tasks", "waiting/cancellation.md"),
    ("en", "timeouts", "waiting/timeouts.md"),
    ("en", "semaphores", "sync/semaphore.md"),
    ("en", "locks", "sync/lock.md"),
    ("en", "barriers", "sync/barrier.md"),
    ("en", "queues", "sync/queues.md"),
    ("en", "race conditions", "sync/problems.md"),
    ("en", "consumers", "sync/producer-consumer.md"),
    ("en", "subprocesses", "io/subprocesses.md"),
    ("en", "echo servers", "io/streams.md"),
    ("en", "glossary", "glossary.md"),
    ("en", "verified", "about.md"),
    # English pages, API names as written
    ("en", "asyncio.run", "basics/running.md"),
    ("en", "TaskGroup", "basics/tasks.md"),
    ("en", "as_completed", "waiting/concurrency.md"),
    ("en", "CancelledError", "waiting/cancellation.md"),
    ("en", "InvalidStateError", "waiting/exceptions.md"),
    ("ru", "LimitOverrunError", "waiting/exceptions.md"),
    ("en", "aiofiles.open", "io/aiofiles-open.md"),
    ("en", "StreamReader", "io/streams.md"),
]
