using GsiPortal.Core.Changes;

namespace GsiPortal.Core.Tests.Changes;

/// <summary>The changelog in content/changes.md: read into dated entries, and refused with file and line when unsound.</summary>
public class ChangeLogTests
{
    private static string Log(string entries) => $"---\nkind: changelog\nchanges:\n{entries}---\n";

    private const string Good = "  - id: first\n    date: 2026-11-23\n    kind: added\n    texts: [paper]\n    summary: \"First edition.\"\n";

    [Fact]
    public void TheRealChangelogDatesTheEdition()
    {
        var library = RealContent.Library;
        Assert.NotEmpty(library.Changes.Entries);
        Assert.Equal(library.Changes.Entries.Max(c => c.Date), library.Stamp.Date);
        Assert.Equal(library.Version, library.Stamp.Version);
        // Newest first, and every text named exists.
        Assert.Equal(library.Changes.Entries.OrderByDescending(c => c.Date).Select(c => c.Date), library.Changes.Entries.Select(c => c.Date));
        Assert.All(library.Changes.Entries.SelectMany(c => c.Texts), id => Assert.NotNull(library.FindDocument(id)));
        // The changelog is not a text.
        Assert.DoesNotContain(library.Documents, d => d.FileName == ChangeLogReader.FileName);
    }

    [Fact]
    public void ABrokenPaperIsReportedAloneNotFollowedByTheChangelogNamingIt()
    {
        // Issue #21: the changelog's "texts: [paper]" was reported as naming a text the folder does not have.
        var files = Directory.GetFiles(RealContent.Folder, "*.md").Select(f => (Name: Path.GetFileName(f), Markdown: File.ReadAllText(f))).ToList();
        Assert.Contains(files, f => f.Name == ChangeLogReader.FileName);
        var broken = files.Select(f => f.Name == "paper.md" ? (f.Name, f.Markdown.Replace("kind: paper", "kind: papr")) : f).ToList();
        ContentAssert.Errors(broken, "paper.md:3: unknown kind 'papr'");
    }

    [Fact]
    public void ATextTheChangelogNamesIsStillCheckedWhenEveryTextIsRead() =>
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(Good.Replace("[paper]", "[papr]")))],
            "changes.md:4: change names the text 'papr'");

    [Fact]
    public void ASoundChangelogIsRead()
    {
        var library = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(Good + "  - id: second\n    date: 2026-11-25\n    kind: corrected\n    texts: [paper]\n    summary: \"A correction.\"\n")));
        Assert.Equal(["second", "first"], library.Changes.Entries.Select(c => c.Id));
        Assert.Equal(ChangeKind.Corrected, library.Changes.Entries[0].Kind);
        Assert.Equal(new DateOnly(2026, 11, 25), library.Stamp.Date);
    }

    [Fact]
    public void WithoutAChangelogTheEditionHasAVersionAndNoDate()
    {
        var library = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper));
        Assert.Empty(library.Changes.Entries);
        Assert.Null(library.Stamp.Date);
        Assert.Equal(12, library.Stamp.Version.Length);
    }

    [Fact]
    public void EditingTheChangelogGivesANewVersion()
    {
        var a = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(Good)));
        var b = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(Good.Replace("First edition.", "The first edition."))));
        Assert.NotEqual(a.Version, b.Version);
    }

    [Theory]
    [InlineData("  - id: first\n    date: 23 November 2026\n    kind: added\n    texts: [paper]\n    summary: \"x\"\n", "changes.md:4: change date '23 November 2026' is not YYYY-MM-DD")]
    [InlineData("  - id: first\n    date: 2026-11-23\n    kind: rewritten\n    texts: [paper]\n    summary: \"x\"\n", "changes.md:4: change kind 'rewritten' must be one of: added, corrected, annotated")]
    [InlineData("  - id: first\n    date: 2026-11-23\n    kind: added\n    texts: [nobody]\n    summary: \"x\"\n", "changes.md:4: change names the text 'nobody'")]
    [InlineData("  - id: first\n    date: 2026-11-23\n    kind: added\n    texts: [paper]\n", "changes.md:4: a change needs a summary")]
    [InlineData("  - id: First Edition\n    date: 2026-11-23\n    kind: added\n    texts: [paper]\n    summary: \"x\"\n", "changes.md:4: change id 'First Edition' must be")]
    public void AnUnsoundEntryIsRefusedWithItsLine(string entry, string problem) =>
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(entry))], problem);

    [Fact]
    public void AnEntrySaysWhatChangedInALineItsTitleElseItsSummarysFirstSentence()
    {
        var library = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(
            "  - id: first\n    date: 2026-11-23\n    kind: added\n    texts: [paper]\n    summary: \"The paper added, in full. Its notes list every change.\"\n"
            + "  - id: labels\n    date: 2026-11-25\n    kind: annotated\n    title: \"Editors' labels for the items\"\n    edition: 0123456789ab\n    texts: [paper]\n    summary: \"Labels added as \\\"headings\\\". The text is unchanged.\"\n")));
        var (labels, first) = (library.Changes.Entries[0], library.Changes.Entries[1]);
        Assert.Equal("Editors' labels for the items", labels.Headline);
        Assert.Equal("0123456789ab", labels.MadeIn);
        Assert.Equal("The paper added, in full.", first.Headline);
        Assert.Null(first.MadeIn);
    }

    [Theory]
    [InlineData("    title: \"\"\n", "changes.md:4: a change's title is one line of at most 100 characters")]
    [InlineData("    title: \"A title far too long for a feed reader's list of entries, which shows a line of each and cuts the rest off\"\n", "changes.md:4: a change's title is one line of at most 100 characters")]
    [InlineData("    edition: 2026-12-05\n", "changes.md:4: a change's edition '2026-12-05' must be an edition's id")]
    public void AnUnsoundTitleOrEditionIsRefusedWithItsLine(string line, string problem) =>
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", Log("  - id: first\n    date: 2026-11-23\n    kind: added\n" + line + "    texts: [paper]\n    summary: \"x\"\n"))], problem);

    [Fact]
    public void ARepeatedIdIsRefused() =>
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", Log(Good + Good))], "changes.md:4: duplicate change id 'first'");

    [Fact]
    public void AChangelogWithoutItsKindOrEntriesIsRefused()
    {
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", "---\nchanges:\n" + Good + "---\n")], "changes.md:2: the changelog's front matter must say kind: changelog");
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", "---\nkind: changelog\n---\n")], "changes.md:2: the changelog lists no changes");
        ContentAssert.Errors([("paper.md", ContentAssert.SmallPaper), ("changes.md", "no front matter\n")], "changes.md:1: the changelog must begin");
    }
}
