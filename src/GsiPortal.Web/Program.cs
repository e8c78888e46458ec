using GsiPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(AppRoot.Options(args));

// `dotnet run --project src/GsiPortal.Web -- validate`: check the content folder and exit.
if (args.FirstOrDefault() == "validate") return ValidateCommand.Run(builder);

// Content, search, logging, pages and API.
builder.AddPortal();
var app = builder.Build();

// A broken library refuses to start, rather than serve half of it.
if (!app.LoadContent()) return 1;

app.UsePortal();
app.Run();
return 0;
