using System.Reflection;
using System.Text.RegularExpressions;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Pages are cached by the query parameters in <see cref="CacheKeys.PageParameters"/> only; a page that reads another
/// would be served another reader's answer. Every parameter a page binds or reads must be on that list.
/// </summary>
public partial class CacheKeyCoverageTests
{
    private static readonly HashSet<string> Keyed = [.. CacheKeys.PageParameters.Select(p => p!), Core.Addresses.Routes.HighlightParameter];

    [Fact]
    public void EveryBoundQueryParameterIsPartOfThePageCacheKey()
    {
        var bound = typeof(CacheKeys).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(p => new[]
            {
                p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? (p.GetCustomAttribute<FromQueryAttribute>() is null ? null : p.Name),
                p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } b ? b.Name ?? p.Name : null,
            })
            .Where(n => n is not null).Select(n => n!.ToLowerInvariant()).Distinct().ToList();
        Assert.NotEmpty(bound);
        Assert.All(bound, name => Assert.True(Keyed.Contains(name), $"?{name}= is bound by a page but not in CacheKeys.PageParameters"));
    }

    [GeneratedRegex(@"Request\.Query(?:\[|\.ContainsKey\(|\.TryGetValue\()""([^""]+)""")]
    private static partial Regex QueryRead();

    [Fact]
    public void EveryQueryParameterAPageReadsIsPartOfThePageCacheKey()
    {
        var pages = Directory.GetFiles(Repository.Path("src/GsiPortal.Web/Pages"), "*.cs*", SearchOption.AllDirectories);
        var read = pages.SelectMany(f => QueryRead().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Groups[1].Value))).ToList();
        Assert.All(read, r => Assert.True(Keyed.Contains(r.Name), $"{r.File} reads ?{r.Name}= but it is not in CacheKeys.PageParameters"));
    }
}
