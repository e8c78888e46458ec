using System.Text.Json;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Tests.Editions;

/// <summary>
/// Every edition says what it is, read from what differs between it and the edition it was made after — on the real
/// history. Before, four editions of 5 December 2026 (an edit of the glossary, the antonym list added, then revised, the
/// glossary again) listed no change at all, and the other ids an edition goes by stood unexplained ("Also cited as …").
/// </summary>
public sealed class EditionDifferencesTests(ImportedHistory history) : IClassFixture<ImportedHistory>
{
    private readonly HttpClient client = history.Client;

    [Fact]
    public async Task AnEditionWithNoChangelogEntryOfItsOwnSaysWhatDiffers()
    {
        var (_, page) = await Html.Get(client, "/editions");
        var entries = page.QuerySelectorAll("li.edition-entry").ToList();
        var unlisted = entries.Where(e => e.QuerySelector("ul.edition-changes") is null && e.QuerySelector("p.edition-before a") is not null).ToList();
        Assert.True(unlisted.Count >= 4, $"{unlisted.Count} editions without an entry of their own: the history was not read");
        Assert.All(unlisted, entry =>
        {
            var said = Html.Folded(entry.QuerySelector("p.edition-before")!.TextContent);
            Assert.StartsWith("No change is listed as first made in this edition.", said);
            Assert.Contains("What differs:", said);
            Assert.True(said.Split("What differs:")[1].Trim().Length > 1 || entry.QuerySelectorAll("ul.edition-differences li").Length > 0, said);
        });
    }

    [Fact]
    public async Task WhatDiffersIsEveryFileWhoseCopyDiffersAndNoOther()
    {
        var catalog = history.Catalog;
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        var said = json.RootElement.GetProperty("editions").EnumerateArray()
            .ToDictionary(e => e.GetProperty("version").GetString()!, e => e.GetProperty("differs").EnumerateArray().Select(d => d.GetString()!).ToList());
        for (var i = 1; i < catalog.Editions.Count; i++)
        {
            var (before, after) = (catalog.Editions[i - 1], catalog.Editions[i]);
            var files = before.Files.Keys.Union(after.Files.Keys).Where(f => before.Files.GetValueOrDefault(f) != after.Files.GetValueOrDefault(f)).ToHashSet();
            if (before.Antonyms != after.Antonyms) files.Add(EditionDifference.AntonymsFile);
            var named = said[after.Id].Select(d => d.Split('(', ')')[1]).ToHashSet();
            Assert.True(files.SetEquals(named), $"{after.Id}: differs in {string.Join(", ", files)}; said {string.Join(" | ", said[after.Id])}");
        }
    }

    /// <summary>
    /// A fresh-eyes review: the page said "the editors' glossary (glossary.md)" and "Concept Paper (paper.md): the other
    /// names it is cited by (cited_as)", a maintainer's file names and keys. The page says each in the editors' words,
    /// in their style; the files and keys stay in the data (/api/editions' differs, and the page's data-file).
    /// </summary>
    [Fact]
    public async Task ThePageSaysWhatDiffersInTheEditorsWordsAndTheDataKeepTheFilesAndKeys()
    {
        var (_, page) = await Html.Get(client, "/editions");
        var differences = page.QuerySelectorAll("li.edition-entry .edition-difference").ToList();
        Assert.True(differences.Count >= 10, $"only {differences.Count} differences on the page");
        Assert.All(differences, d =>
        {
            var said = Html.Folded(d.TextContent);
            Assert.DoesNotMatch(@"\.(md|yml)\b|\b[a-z]+_[a-z_]+\b", said);
            Assert.Contains("editors", d.ClassList);
            Assert.Matches(@"^[a-z0-9-]+\.(md|yml)$", d.GetAttribute("data-file") ?? "");
        });
        var words = differences.Select(d => Html.Folded(d.TextContent)).ToList();
        Assert.Contains("the editors' glossary of key terms", words);
        Assert.Contains(words, w => w.StartsWith("Concept Paper: the title in sentence case, for APA", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("the editors' labels of the items", StringComparison.Ordinal));
        Assert.DoesNotContain("item_labels", Html.MainText(page));

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        var differs = json.RootElement.GetProperty("editions").EnumerateArray().SelectMany(e => e.GetProperty("differs").EnumerateArray()).Select(d => d.GetString()!).ToList();
        Assert.Contains("the editors' glossary of key terms (glossary.md)", differs);
        Assert.Contains(differs, d => d.Contains("the editors' labels of the items (item_labels)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEditionsOtherIdsAreExplainedWhereTheyAppear()
    {
        var (_, page) = await Html.Get(client, "/editions");
        var aliases = page.QuerySelectorAll("p.edition-aliases").ToList();
        Assert.NotEmpty(aliases);
        Assert.All(aliases, a =>
        {
            // Not "cited as": the id computed the earlier way need never have been cited (docs/linking.md).
            Assert.Matches("the same edition's ids? computed the earlier way", Html.Folded(a.TextContent));
            Assert.DoesNotContain("cited as", Html.Folded(a.TextContent));
            Assert.Equal("#earlier-ids", a.QuerySelector("a")?.GetAttribute("href"));
        });
        var why = Html.Folded(page.GetElementById("earlier-ids")?.TextContent ?? "");
        Assert.Contains("a citation made before then may give the same edition the id computed the earlier way", why);
        // In a reader's words: what the editors' notes were made of is the maintainers' (docs/linking.md), not the reader's.
        Assert.DoesNotContain("search terms", why);
        Assert.DoesNotContain("list of opposites", why);
    }
}
