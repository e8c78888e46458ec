using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GsiPortal.BrowserTests;

/// <summary>axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of page, in light or dark.</summary>
public class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        string[] addresses =
        [
            "/", "/paper", "/paper/background", "/paper/commitments", "/paper/priorities", "/paper/platforms", "/paper/commitments/4", "/paper/commitments/closing", "/commentaries", "/commentaries/chen-xiangyang",
            "/search?q=indivisible+security", "/search?q=nuclear+war", "/search?q=cyber+attacks", "/search?q=Khokhar", "/search?q=food+security", "/search?q=blue+helmets", "/search?q=zzzqqq", "/search?q=-security", "/search?q=peace&doc=lei", "/no/such/page", "/commentaries/kezhong", "/commentaries/nobody", "/compare/background", "/quote-check?text=Humanity+is+an+indivisible+peace+community.",
            "/quote-check?text=Security+of+one+country+should+come+at+the+expense+of+others.", "/quote-check?text=expense+of+that+of+others", "/quote-check/audit",
            "/coverage", "/terms", "/subjects", "/terms/indivisible-security", "/compare/commitments/4", "/embed/paper/commitments/4", "/changes", "/editions", "/how-to-cite", "/api-reference",
            "/paper/commitments/4/commentaries?a=dong-chunling&b=ovais-ali-khokhar", "/terms/global-security-governance/commentaries", "/editions/zzzz/paper/commitments/4",
        ];
        foreach (var address in addresses)
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                data.Add(address, scheme);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task NoViolations(string address, ColorScheme scheme)
    {
        var page = await Open(address, Viewport.Desktop, scheme);
        // The Cite panel's hidden sentence list is opened, so that it is checked too.
        foreach (var details in await page.Locator("details").AllAsync()) await details.EvaluateAsync("d => d.open = true");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"{address} ({scheme}):\n" + string.Join("\n", violations));
    }
}
