using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site asks the runtime to run its sockets' completions inline (one thread-pool hop less a read and a write),
/// before its host and its first socket exist; an operator's own value of the runtime's variable is kept.
/// </summary>
[Collection(RealSite.Name)]
public class SocketCompletionsTests(PortalFactory factory)
{
    [Fact]
    public void TheSiteHasAskedForInlineCompletionsOnceItStarts()
    {
        Assert.NotNull(factory.Services);
        Assert.Equal("1", Environment.GetEnvironmentVariable(SocketCompletions.Variable));
    }

    [Fact]
    public void AnEnvironmentThatDoesNotSayIsToldOne()
    {
        var environment = new Dictionary<string, string>();
        Assert.Equal("1", SocketCompletions.PreferInline(name => environment.GetValueOrDefault(name), (name, value) => environment[name] = value));
        Assert.Equal("1", environment[SocketCompletions.Variable]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void AnOperatorsOwnValueIsKept(string chosen)
    {
        var environment = new Dictionary<string, string> { [SocketCompletions.Variable] = chosen };
        Assert.Equal(chosen, SocketCompletions.PreferInline(name => environment.GetValueOrDefault(name), (name, value) => environment[name] = value));
        Assert.Equal(chosen, environment[SocketCompletions.Variable]);
    }
}
