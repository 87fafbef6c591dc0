// The whole yardstick: one JSON endpoint on the default host (Kestrel, the default middleware and logging).
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => Results.Json(new { hello = "world", n = 42 }));
app.Run();
