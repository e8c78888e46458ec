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
            Assert.StartsWith("No changelog entry was first made in this edition.", said);
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

    [Fact]
    public async Task AnEditionsOtherIdsAreExplainedWhereTheyAppear()
    {
        var (_, page) = await Html.Get(client, "/editions");
        var aliases = page.QuerySelectorAll("p.edition-aliases").ToList();
        Assert.NotEmpty(aliases);
        Assert.All(aliases, a =>
        {
            Assert.Contains("by an earlier rule for making ids", Html.Folded(a.TextContent));
            Assert.Equal("#earlier-ids", a.QuerySelector("a")?.GetAttribute("href"));
        });
        var why = Html.Folded(page.GetElementById("earlier-ids")?.TextContent ?? "");
        Assert.Contains("search terms", why);
        Assert.Contains("list of opposites", why);
    }
}
