using System.Net;
using System.Net.Sockets;
using System.Text;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// SIGTERM while a body is still arriving (issue #21): a body that arrives within the shutdown window is answered as
/// usual; one still arriving when the window is about to close is answered 503 with <c>Connection: close</c>, so the
/// client knows to send it again elsewhere. Never a 500, never a connection cut without an answer. Raw sockets, so
/// the test controls exactly when each byte is sent.
/// </summary>
/// <remarks>
/// Nothing here races the clock. The window's end is a timer of the host's clock (<see cref="WindowClock"/>), which
/// the test fires itself; the host's own shutdown timeout is only an outer bound against a hang. Each step waits for a
/// signal: the request is in the pipeline before the host is stopped, and the host is stopping (its window opened)
/// before the rest of the body is sent or the window closed. Before, pauses of seconds raced a window of four, and a
/// loaded machine could lose either race.
/// </remarks>
public class ShutdownUploadTests
{
    /// <summary>The host's shutdown timeout: long, as the window's end is fired by the test, not waited for.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, string> Uploads => new()
    {
        { "/api/quote-check", "application/json", "{\"text\": \"Humanity is an indivisible security community.\"}" },
        { "/api/quote-audit", "application/json", "{\"article\": \"“Humanity is an indivisible security community,” it says.\"}" },
        { "/quote-check", "application/x-www-form-urlencoded", "text=Humanity+is+an+indivisible+security+community." },
        { "/quote-check/audit", "application/x-www-form-urlencoded", "article=%E2%80%9CHumanity+is+an+indivisible+security+community.%E2%80%9D" },
        { "/api/mcp", "application/json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"check_quote\",\"arguments\":{\"text\":\"Humanity is an indivisible security community.\"}}}" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task ABodyFinishedWithinTheWindowIsAnswered(string path, string type, string body)
    {
        var (status, head) = await Upload(path, type, body, windowCloses: false);
        Assert.True(status == 200, $"{path}: {status}\n{head}");
    }

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task ABodyStillArrivingAtTheEndOfTheWindowIsAnswered503WithConnectionClose(string path, string type, string body)
    {
        var (status, head) = await Upload(path, type, body, windowCloses: true);
        Assert.True(status == 503, $"{path}: {status}\n{head}");
        Assert.Contains("connection: close", head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The host's clock, holding the shutdown window's timer until the test fires it. It is made when the host begins
    /// to stop, for the window less the margin kept to write the answers. Timers made before the test arms it (none
    /// are expected) run on the system's clock; the first made after is the window's, as the host is then stopped
    /// while the request still waits for its body (the only other timer, a request's budget, starts after that).
    /// </summary>
    private sealed class WindowClock : TimeProvider
    {
        private readonly TaskCompletionSource<(TimerCallback Callback, object? State, TimeSpan Due)> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Armed;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (!Armed || !opened.TrySetResult((callback, state, dueTime))) return base.CreateTimer(callback, state, dueTime, period);
            return new Held();
        }

        /// <summary>The host is stopping: the window's timer was made, due after this long.</summary>
        public async Task<TimeSpan> Opened() => (await opened.Task.WaitAsync(Window)).Due;

        public async Task Close()
        {
            var (callback, state, _) = await opened.Task;
            callback(state);
        }

        private sealed class Held : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Sends the headers and half the body, stops the host, and once it is stopping either sends the rest or closes the
    /// window; the status and head of the answer (0: none).
    /// </summary>
    private static async Task<(int Status, string Head)> Upload(string path, string type, string body, bool windowCloses)
    {
        var clock = new WindowClock();
        var arrived = new RequestArrived();
        using var factory = new PortalFactory { Clock = clock };
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.Configure<HostOptions>(o => o.ShutdownTimeout = Window);
            services.AddSingleton<IStartupFilter>(arrived);
        }));
        // A port of its own, chosen by the system. UseKestrel(0) on a factory made by WithWebHostBuilder is not passed to
        // the host (the port is set by the parent's CreateHost, which never saw it), so Kestrel bound the default
        // 127.0.0.1:5000 and failed to start whenever anything else on the machine held that port.
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.ClientOptions.BaseAddress;
        using (var ready = new HttpClient { BaseAddress = address })
            for (var i = 0; i < 300 && (await ready.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);

        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {type}\r\nAccept: application/json, text/event-stream\r\nContent-Length: {bytes.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await stream.FlushAsync();
        await arrived.Signal;
        clock.Armed = true;
        var stopping = Task.Run(() => host.Services.GetRequiredService<IHost>().StopAsync());
        Assert.Equal(Window - ShutdownWindow.Margin, await clock.Opened());
        if (windowCloses)
        {
            await clock.Close();
        }
        else
        {
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
            await stream.FlushAsync();
        }
        var answer = await ReadAnswer(stream);
        await stopping.WaitAsync(Window + Window);
        host.Dispose();
        var status = answer.StartsWith("HTTP/1.1 ") && int.TryParse(answer.AsSpan(9, 3), out var code) ? code : 0;
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, end < 0 ? answer : answer[..end]);
    }

    private static async Task<string> ReadAnswer(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(Window);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Encoding.UTF8.GetString(received.ToArray()).Contains("\r\n\r\n")) break;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // Reset or silent: whatever arrived before is the answer.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
