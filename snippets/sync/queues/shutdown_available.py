import asyncio

print(f"Queue.shutdown exists: {hasattr(asyncio.Queue, 'shutdown')}")
print(f"QueueShutDown exists:  {hasattr(asyncio, 'QueueShutDown')}")
