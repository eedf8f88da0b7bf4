"""Django's Redis cache backend, with one Redis client per connection pool.

Django's `RedisCacheClient.get_client()` builds a new `redis.Redis` object around the pool
on every cache call, and redis-py 8 fills a dictionary of some 170 response callbacks in
each one's constructor: about 0.4 ms per call on the benchmark machine, more than the round
trip itself, and a page-cache hit makes two or three calls. A `redis.Redis` object only
holds the pool and is safe to share between threads, so one per pool is enough.
"""

from __future__ import annotations

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
