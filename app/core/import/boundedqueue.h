#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

// A queue between two threads of a pipeline, holding at most `capacity` items, so a fast
// producer cannot fill the memory. The producer calls finish() when it has no more; either side
// (or the owner, on failure) calls close() to stop both: push() then fails and pop() returns
// nothing.
template<typename T>
class BoundedQueue final
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    // Waits for room; false when the queue was closed.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Waits for an item; nothing when the producer finished and all were taken, or on close().
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty() || m_finished || m_closed; });
        if (m_closed || m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};
