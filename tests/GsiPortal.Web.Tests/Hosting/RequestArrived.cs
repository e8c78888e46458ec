using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Says when a POST has reached the app's pipeline, its head read by the server: a test that stops the host while a
/// body is arriving waits for this instead of pausing and hoping the request got there first.
/// </summary>
internal sealed class RequestArrived : IStartupFilter
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first POST is in the pipeline (a generous bound against a hang).</summary>
    public Task Signal => arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)) arrived.TrySetResult();
            return nextMiddleware(context);
        });
        next(app);
    };
}
