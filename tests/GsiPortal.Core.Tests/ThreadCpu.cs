using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GsiPortal.Core.Tests;

/// <summary>
/// Work that must be quick, bounded by the CPU time of the thread that does it rather than by the wall clock: on a
/// machine at load 40 a thread waits for a core most of the time, and a wall-clock bound of 20 s was once reached by
/// work of a second or two. The wall clock is kept only as a bound against a hang.
/// </summary>
internal static class ThreadCpu
{
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(5);

    /// <summary>The work's result; the test fails if the work used more than <paramref name="cpu"/> of its thread's CPU, or hangs.</summary>
    public static T Within<T>(Func<T> work, TimeSpan cpu)
    {
        // On a thread of its own, so a hang cannot hold the run and the thread's CPU time is the work's alone.
        var task = Task.Factory.StartNew(() =>
        {
            var before = Now();
            var result = work();
            return (Result: result, Spent: Now() - before);
        }, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(Hang), $"still running after {Hang.TotalMinutes} minutes");
        var (value, spent) = task.Result;
        Assert.True(spent <= cpu, $"took {spent.TotalSeconds:0.0} s of CPU, more than {cpu.TotalSeconds} s");
        return value;
    }

    /// <summary>This thread's CPU time (Linux, where the tests run; elsewhere the wall clock, which only loosens nothing).</summary>
    private static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetElapsedTime(0);
        if (clock_gettime(ThreadCpuClock, out var now) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100);
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);
}
