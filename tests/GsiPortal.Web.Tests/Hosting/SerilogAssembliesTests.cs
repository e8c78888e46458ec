using GsiPortal.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyModel;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Serilog's settings are read from the Serilog assemblies the site ships, named in <see cref="SerilogAssemblies"/>
/// instead of searched for at every start: the list holds what the reader's own search would find, so a sink an
/// operator configures (Serilog.Sinks.File, say) is found as it was, and a Serilog package added to the site without
/// being named here fails this test.
/// </summary>
public class SerilogAssembliesTests
{
    [Fact]
    public void TheNamedAssembliesAreThoseTheReadersSearchWouldFind()
    {
        // The reader's search (Serilog.Settings.Configuration's DependencyContextAssemblyFinder): every assembly whose
        // name holds "serilog" in a library that depends on a Serilog package, and Serilog itself.
        var context = DependencyContext.Load(typeof(Program).Assembly) ?? DependencyContext.Default;
        Assert.NotNull(context);
        var found = context.RuntimeLibraries
            .Where(library => library.Dependencies.Any(d => d.Name.Equals("Serilog", StringComparison.OrdinalIgnoreCase) || d.Name.StartsWith("Serilog.", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(library => library.GetDefaultAssemblyNames(context))
            .Select(name => name.Name!)
            .Where(name => name.Contains("serilog", StringComparison.OrdinalIgnoreCase))
            .Append("Serilog")
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(found, SerilogAssemblies.Shipped.Select(a => a.GetName().Name!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABlankNameInTheUsingListIsRefusedAsTheReaderRefusesIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Serilog:Using:0"] = " " }).Build();
        var refusal = Assert.Throws<InvalidOperationException>(() => SerilogAssemblies.ReaderOptions(configuration));
        Assert.Contains("Serilog:Using", refusal.Message);
    }

    [Fact]
    public void AnAssemblyTheUsingListNamesIsLoaded()
    {
        // An assembly outside the shipped list: loading it by its name is what tells the reader to look in it.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Serilog:Using:0"] = "No.Such.Serilog.Sink" }).Build();
        Assert.Throws<FileNotFoundException>(() => SerilogAssemblies.ReaderOptions(configuration));
    }
}
