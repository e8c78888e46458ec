using System.Net;
using System.Text.Json;
using GsiPortal.Testing;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// A fresh deployment on a content folder in a git work tree seeds its archive from the history by itself, after
/// start-up; where the history cannot be read, the site serves all the same and the editions page says what may be missing.
/// Each test waits for the import to end (its task), never for a time.
/// </summary>
public sealed class GitHistoryStartupTests : IDisposable
{
    private readonly ContentHistory history = new();
    private readonly List<IDisposable> owned = [];
    private static readonly DateTimeOffset First = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        owned.ForEach(o => o.Dispose());
        history.Dispose();
        foreach (var folder in new[] { history.Content + "-archive" })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The site on the fixture's content (the import on), once the import has ended.</summary>
    private async Task<(HttpClient Client, GitHistoryImport Import)> Started(string content, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["Portal:ImportGitHistory"] = "true" };
        var factory = new PortalFactory { ContentPath = content, Settings = all };
        owned.Add(factory);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var import = factory.Services.GetRequiredService<GitHistoryImport>();
        await import.Completion.WaitAsync(TimeSpan.FromMinutes(5));
        return (client, import);
    }

    [Fact]
    public async Task AFreshSiteListsTheEditionsOfItsHistoryWithoutAnyCommand()
    {
        history.Commit("the texts", First);
        history.Edit("paper.md", "Humanity is an", "Humanity is one");
        history.Commit("a correction", First.AddDays(1));
        // The edition is the texts and the antonym list (docs/linking.md, "What makes an edition").
        var earlier = Core.Content.ContentVersion.Of(ContentFiles(history.Git("show", "HEAD~1:content/paper.md")), null,
            File.ReadAllText(Path.Combine(history.Content, "antonyms.yml"))).Edition;

        var (client, import) = await Started(history.Content);

        Assert.Equal(GitHistoryKind.Imported, import.State.Kind);
        Assert.Contains("2 commits", import.State.Detail);
        using var listed = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        var versions = listed.RootElement.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("version").GetString()).ToList();
        Assert.Contains(earlier, versions);
        Assert.Equal(2, versions.Count);
        var (_, page) = await Html.Get(client, "/editions");
        Assert.Null(page.QuerySelector("#editions-incomplete"));
        Assert.Contains("Humanity is an", Html.MainText((await Html.Get(client, $"/editions/{earlier}/paper/commitments/4")).Document));
        var ready = await client.GetStringAsync("/readyz");
        Assert.Contains("\"Imported\"", ready);
    }

    [Fact]
    public async Task AnArchiveSeededBeforeIsNotReadAgain()
    {
        history.Commit("the texts", First);
        history.Edit("paper.md", "Humanity is an", "Humanity is one");
        history.Commit("a correction", First.AddDays(1));
        (await Started(history.Content)).Client.Dispose();

        var (_, again) = await Started(history.Content);
        Assert.Equal(GitHistoryKind.AlreadyImported, again.State.Kind);
    }

    [Theory]
    [InlineData("no work tree", "not a git repository", "installed without their history")]
    [InlineData("no git", "is it installed?", "(git) is not installed")]
    public async Task WithoutTheHistoryTheSiteServesAndTheEditionsPageSaysWhatMayBeMissing(string how, string reason, string plainly)
    {
        history.Commit("the texts", First);
        if (how == "no work tree") Directory.Delete(Path.Combine(history.Root, ".git"), recursive: true);
        var settings = how == "no git" ? new Dictionary<string, string?> { ["Portal:GitExecutable"] = "/nonexistent/git" } : null;

        var (client, import) = await Started(history.Content, settings);

        Assert.Equal(GitHistoryKind.Unavailable, import.State.Kind);
        Assert.Contains(reason, await client.GetStringAsync("/readyz")); // git's words, for the operator
        var (response, page) = await Html.Get(client, "/editions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = page.QuerySelector("#editions-incomplete")?.TextContent ?? "";
        Assert.Contains("This list may be incomplete", note);
        Assert.Contains(plainly, note); // the reader's
        Assert.DoesNotContain("import-git", note); // an operator's command, not a reader's words: /readyz and docs/deploy.md give it
        // Review 21, D3: the editions the changes name and this copy does not hold are said to be so, and never linked.
        var notHeld = page.QuerySelector("#editions-not-held")!;
        Assert.Contains("c9b5d0ae7bc6", notHeld.TextContent);
        Assert.Contains("bae16a670333", notHeld.TextContent);
        Assert.Contains("not hold", notHeld.TextContent);
        // Review 22, D9: a reader's page, not the operator's: no file of the docs, no instructions for whoever runs it.
        foreach (var words in new[] { notHeld.TextContent, note })
        {
            Assert.DoesNotContain("docs/", words, StringComparison.Ordinal);
            Assert.DoesNotContain("operator", words, StringComparison.Ordinal);
        }
        Assert.Contains("an address in one of them answers with a link to the current text", Html.Folded(notHeld.TextContent));
        Assert.Empty(page.QuerySelectorAll("a[href*='c9b5d0ae7bc6'], a[href*='bae16a670333']"));
        var heldHere = page.QuerySelectorAll("li.edition-entry").Select(li => li.GetAttribute("data-version")).ToList();
        Assert.Equal(heldHere.Select(v => "#" + v), notHeld.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // An unknown edition's 404 says it too: the edition may be one this copy does not hold, never that it does not exist.
        var (unknown, unknownPage) = await Html.Get(client, "/editions/0123456789ab/paper");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull(unknownPage.QuerySelector("#editions-incomplete"));
        var refusal = unknownPage.QuerySelector("#edition-refusal")?.TextContent ?? "";
        Assert.Contains("This copy of the site does not hold an edition 0123456789ab", refusal);
        Assert.DoesNotContain("There is no edition", refusal);
        // Nor that it exists: the id may be mistyped, and the reader is asked to check it.
        Assert.DoesNotContain("not lost", refusal);
        Assert.Contains("Check the id as it was cited", refusal);
        Assert.DoesNotContain("operator", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Its words are not served here", refusal, StringComparison.Ordinal);
        Assert.Equal("/paper", unknownPage.QuerySelector("#edition-refusal a#edition-current")?.GetAttribute("href"));
        // A day before the one edition held is not a day before any edition: /changes names editions of 5 December
        // 2026, and the address said "No edition had been published by 5 December 2026" (review 18, D2).
        var (day, dayPage) = await Html.Get(client, "/editions/2026-12-05/paper/commitments/4");
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        var dayRefusal = Html.Folded(dayPage.QuerySelector("#edition-refusal")?.TextContent ?? "");
        Assert.DoesNotContain("had been published", dayRefusal);
        Assert.DoesNotContain("operator", dayRefusal, StringComparison.Ordinal);
        Assert.StartsWith("No edition of that day held here.", dayRefusal);
        Assert.Contains("This copy of the site holds no edition from 5 December 2026 or before: the earliest it holds is the edition of", dayRefusal);
        Assert.Contains("The editors' list of changes names editions of that time: ", dayRefusal);
        Assert.Contains("c9b5d0ae7bc6 (5 December 2026)", dayRefusal);
        Assert.Contains("bae16a670333 (5 December 2026)", dayRefusal);
        // The one edition held lists every change, in /changes' order (newest first; a day's entries were reversed).
        var listed = page.QuerySelectorAll("ol.editions a[href^='/changes#']").Select(a => a.GetAttribute("href")!["/changes#".Length..]).ToList();
        var (_, changes) = await Html.Get(client, "/changes");
        var onChanges = changes.QuerySelectorAll("li.change[id]").Select(li => li.Id!).ToList();
        Assert.True(listed.Count > 5, $"{listed.Count} changes listed");
        Assert.Equal(onChanges.Where(listed.Contains), listed.Distinct());
        // One the editors' list of changes names (content/changes.md, "edition: bae16a670333") is said to be so.
        var (_, namedPage) = await Html.Get(client, "/editions/bae16a670333/paper/commitments/4");
        Assert.Contains("The editors' list of changes names it as the edition that first had the change", namedPage.QuerySelector("#edition-refusal")?.TextContent);
        // Review 22, D9: and where its reader goes, in a reader's words (it said "the site's operator can add it").
        var namedRefusal = Html.Folded(namedPage.QuerySelector("#edition-refusal")?.TextContent ?? "");
        Assert.Contains("Its words are not served here: the current text is linked below, and the list of changes says what changed since", namedRefusal);
        Assert.DoesNotContain("operator", namedRefusal, StringComparison.Ordinal);
    }

    /// <summary>The real content's files with paper.md as given, as an edition's id is computed from them.</summary>
    private IReadOnlyList<(string Name, string Markdown)> ContentFiles(string paper) =>
        Directory.GetFiles(history.Content, "*.md").Select(f => (Path.GetFileName(f), Path.GetFileName(f) == "paper.md" ? paper : File.ReadAllText(f))).ToList();
}
