namespace GsiPortal.Web.Hosting;

/// <summary>
/// How the process ends, for a supervisor (systemd's <c>Restart=on-failure</c>, Kubernetes, Docker's restart policy)
/// that restarts it on anything but 0. Every way it can end is listed, with measurements, in docs/reliability.md.
/// </summary>
public static class ExitCodes
{
    /// <summary>Stopped as asked (SIGTERM, SIGINT, Ctrl+C), or <c>validate</c> found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The content is broken: start-up refused it, or <c>validate</c> found problems; each is logged with file and line.</summary>
    public const int ContentRefused = 1;

    /// <summary>The server could not listen (its address in use, a port it may not bind; EX_OSERR); the log says which.</summary>
    public const int CannotListen = 71;

    /// <summary>A background service failed in a way it could not contain (EX_SOFTWARE): the site stopped rather than serve on half-alive.</summary>
    public const int BackgroundFault = 70;

    /// <summary>
    /// Taken before the host runs (running disposes its services): the exit code once it has stopped, which is
    /// <see cref="BackgroundFault"/> when a background service ended by an exception.
    /// </summary>
    public static Func<int> AfterRun(IServiceProvider services)
    {
        var background = services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
        return () => background.Any(s => s.ExecuteTask is { IsFaulted: true }) ? BackgroundFault : Success;
    }
}
