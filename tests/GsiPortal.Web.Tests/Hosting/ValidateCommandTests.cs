using GsiPortal.Web.Hosting;
using GsiPortal.Web.Tests.Pages;

namespace GsiPortal.Web.Tests.Hosting;

public class ValidateCommandTests
{
    private static (int Exit, string Output, string Errors) Validate(string folder)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = ValidateCommand.Run(folder, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void TheRealContentValidates()
    {
        var (exit, output, _) = Validate(Repository.Path("content"));
        Assert.Equal(0, exit);
        Assert.Contains("31 numbered items", output);
    }

    [Theory]
    [InlineData("missing-front-matter", "commentary.md:1:")]
    [InlineData("duplicate-id", "two.md:2:")]
    [InlineData("missing-item", "paper.md:18:")]
    [InlineData("unknown-kind", "commentary.md:3:")]
    public void ABrokenFixtureIsRefusedWithFileAndLine(string fixture, string location)
    {
        var (exit, _, errors) = Validate(Repository.Path(Path.Combine("tests/fixtures/content", fixture)));
        Assert.Equal(1, exit);
        Assert.Contains(location, errors);
    }

    [Fact]
    public void ABrokenLibraryMakesTheSiteRefuseToStart()
    {
        using var factory = new PortalFactory { ContentPath = Repository.Path("tests/fixtures/content/missing-item") };
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }
}
