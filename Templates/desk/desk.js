// 様式の窓口: live checks and previews for a form's page. The page works without this script;
// the script asks the desk the same questions the buttons do, and shows the answers in place.
"use strict";
