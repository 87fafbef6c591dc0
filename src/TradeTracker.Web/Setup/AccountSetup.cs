using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TradeTracker.Web.Components.Account;
using TradeTracker.Web.Data;

namespace TradeTracker.Web.Setup;

public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>Roles allowed to write: admins can do all an editor can.</summary>
    public const string Writers = Editor + "," + Admin;
}

public static class Policies
{
    public const string CanEdit = "CanEdit";
    public const string CanRead = "CanRead";
}

public static class AccountSetup
{
    public static IServiceCollection AddTradeTrackerAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        var requireSignIn = configuration.GetValue<bool>($"{TradeTrackerOptions.Section}:{nameof(TradeTrackerOptions.RequireSignInToRead)}");
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CanEdit, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.CanRead, p =>
            {
                if (requireSignIn)
                {
                    p.RequireAuthenticatedUser();
                }
                else
                {
                    p.RequireAssertion(_ => true);
                }
            });

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<AccountSeeder>();
        return services;
    }

    /// <summary>API callers get a status code with problem details, not a redirect to the sign-in page.</summary>
    private static async Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Sign in first" : "Not allowed",
                Detail = status == StatusCodes.Status401Unauthorized
                    ? "This endpoint changes the tracker: sign in with an editor account."
                    : "Only editors can change the tracker; your account does not have the Editor role.",
            },
        });
    }

    /// <summary>Creates the roles, the Development demo accounts and the configured first admin.</summary>
    public static async Task PrepareTradeTrackerAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync();
    }
}
