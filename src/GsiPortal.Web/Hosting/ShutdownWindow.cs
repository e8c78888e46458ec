using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The end of the shutdown window, a little before the host's own: once the host is stopping, <see cref="Closing"/> is
/// cancelled <see cref="Margin"/> before <see cref="HostOptions.ShutdownTimeout"/> runs out, so a request still waiting
/// for its body can be answered 503 with <c>Connection: close</c> while the connection is still there to carry it,
/// instead of being cut off (issue #21).
/// </summary>
public sealed class ShutdownWindow : IDisposable
{
    /// <summary>Time kept back at the end of the window to write the answers.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1.5);

    private readonly CancellationTokenSource closing = new();
    private readonly CancellationTokenRegistration registration;
    private readonly Lock gate = new();
    private ITimer? timer;
    private bool disposed;

    public ShutdownWindow(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, TimeProvider clock)
    {
        var left = host.Value.ShutdownTimeout - Margin;
        // A timer of the host's clock rather than CancelAfter, so that a test can close the window at a moment it
        // chooses instead of racing seconds of real time against a request on a loaded machine.
        registration = lifetime.ApplicationStopping.Register(() =>
        {
            lock (gate)
                if (!disposed) timer = clock.CreateTimer(_ => Close(), null, left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        });
    }

    private void Close()
    {
        lock (gate)
            if (!disposed) closing.Cancel();
    }

    /// <summary>Cancelled when the window is about to close.</summary>
    public CancellationToken Closing => closing.Token;

    public void Dispose()
    {
        registration.Dispose();
        lock (gate)
        {
            disposed = true;
            timer?.Dispose();
            closing.Dispose();
        }
    }
}
