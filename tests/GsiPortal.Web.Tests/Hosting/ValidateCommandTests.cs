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
        // The glossary's terms counted from the file as an editor writes them ("- **term** — …"), so that the editors
        // adding a term (review 22 added "terrorism") does not break a test of the command's report.
        var terms = File.ReadLines(Repository.Path("content/glossary.md")).Count(line => line.StartsWith("- **", StringComparison.Ordinal));
        Assert.True(terms >= 40, $"the glossary has {terms} terms");
        Assert.Contains($"a glossary of {terms} terms", output);
        // Phrase discovery proposes what the glossary lacks, and nothing it holds.
        var proposals = output[output.IndexOf("Recurring phrases the glossary does not hold", StringComparison.Ordinal)..];
        Assert.DoesNotContain("  indivisible security (", proposals);
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

    [Theory]
    [InlineData("named pipe", "fault.md:0: is a named pipe (FIFO)")]
    [InlineData("link to /dev/zero", "fault.md:0: is a symbolic link to '/dev/zero', a character device")]
    [InlineData("3 GiB file", "fault.md:0: is 3 GiB, over the limit of 2 MiB")]
    [InlineData("'>' × 100,000", "fault.md:12: nests block quotes")]
    [InlineData("'[' × 50,000", "fault.md:12: opens more than 32 square brackets")]
    [InlineData("nested list items", "fault.md:44: nests block quotes")]
    public async Task AFileThatIsNotWhatItSeemsIsAProblemNotAHangOrACrash(string fault, string reported)
    {
        var folder = Directory.CreateTempSubdirectory("gsiportal-validate-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            ContentFaults.Make(fault, Path.Combine(folder, "fault.md"));
            var (exit, _, errors) = await Task.Factory.StartNew(() => Validate(folder), TaskCreationOptions.LongRunning).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(1, exit);
            Assert.StartsWith(reported, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ValidateReadsWithinTheLimitItIsGiven()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(1, ValidateCommand.Run(Repository.Path("content"), output, errors, new Core.Content.ContentLimits { MaxFileBytes = 1000 }));
        Assert.Contains("paper.md:0: is ", errors.ToString());
        Assert.Contains("over the limit of 1000 bytes", errors.ToString());
    }

    [Fact]
    public void ABrokenLibraryMakesTheSiteRefuseToStart()
    {
        using var factory = new PortalFactory { ContentPath = Repository.Path("tests/fixtures/content/missing-item") };
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }
}
