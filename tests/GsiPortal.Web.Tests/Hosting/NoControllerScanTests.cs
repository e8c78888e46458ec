using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site is Razor Pages and minimal APIs: MVC's controller feature, which loaded every type of the site's assembly
/// at start-up to look for controllers, is left out, and every action is a page.
/// </summary>
[Collection(RealSite.Name)]
public class NoControllerScanTests(PortalFactory factory)
{
    [Fact]
    public void NoFeatureLooksForControllers()
    {
        var parts = factory.Services.GetRequiredService<ApplicationPartManager>();
        Assert.NotEmpty(parts.FeatureProviders);
        Assert.DoesNotContain(parts.FeatureProviders, provider => provider is ControllerFeatureProvider);
    }

    [Fact]
    public void EveryActionIsAPage()
    {
        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        Assert.True(actions.Count > 20, $"{actions.Count} actions");
        Assert.All(actions, action => Assert.IsAssignableFrom<PageActionDescriptor>(action));
    }
}
