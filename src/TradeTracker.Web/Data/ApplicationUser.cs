using Microsoft.AspNetCore.Identity;

namespace TradeTracker.Web.Data;

public class ApplicationUser : IdentityUser
{
}
