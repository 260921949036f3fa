"""The sans-I/O protocol core: no asyncio, threads or sockets in here."""
