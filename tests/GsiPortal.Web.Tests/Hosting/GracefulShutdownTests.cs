using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>On SIGTERM a request still sending its body finishes within the shutdown window instead of being cut off.</summary>
/// <remarks>
/// Ordered by signals, not pauses: the host is told to stop once the request is in its pipeline, and the rest of the
/// body is sent once the host is stopping, so the body is always still arriving when the host stops.
/// </remarks>
public class GracefulShutdownTests
{
    /// <summary>A JSON body sent in pieces: the rest only when <paramref name="rest"/> says so.</summary>
    private sealed class TrickledBody(Task rest) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"text\": \"Humanity is an indivisible "));
            await stream.FlushAsync();
            await rest;
            await stream.WriteAsync(Encoding.UTF8.GetBytes("security community.\"}"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    [Fact]
    public async Task AnUploadInFlightWhenTheHostStopsIsAnswered()
    {
        using var plain = new PortalFactory();
        var arrived = new RequestArrived();
        using var factory = plain.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(arrived)));
        // A port chosen by the system (UseKestrel(0) is lost on a factory made by WithWebHostBuilder: see ShutdownUploadTests).
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        // Ready first: the edition is built in the background at start-up.
        for (var i = 0; i < 300 && (await factory.CreateClient().GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);
        // A connection of its own, so nothing pooled is reused or retried.
        using var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };

        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(stopping.SetResult);
        var content = new TrickledBody(stopping.Task);
        content.Headers.ContentType = new("application/json");
        var upload = client.PostAsync("/api/quote-check", content);
        await arrived.Signal;
        lifetime.StopApplication();

        var response = await upload.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("exact", await response.Content.ReadAsStringAsync());
    }
}
