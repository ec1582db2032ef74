// mentordesk-bench-spawn PROGRAM [ARGS...]: runs PROGRAM and writes
// "<peak resident KiB> <wall nanoseconds>\n" to file descriptor 3.
//
// Why a program of its own: on Linux a child's ru_maxrss includes the peak of
// the process it was forked or spawned from (the kernel carries the old
// address space's peak over at exec), so a child of the benchmark would
// report at least the benchmark's own size. Spawned from this small program,
// the CLI's peak is its own. Plain POSIX, no Qt.
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: mentordesk-bench-spawn PROGRAM [ARGS...]\n");
        return 125;
    }
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid < 0)
        return 126;
    if (pid == 0) {
        close(3);
        execv(argv[1], argv + 1);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    const long long ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    dprintf(3, "%ld %lld\n", usage.ru_maxrss, ns);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
