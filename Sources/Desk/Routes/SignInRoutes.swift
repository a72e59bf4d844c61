import Core
import Dispatch
import Hummingbird

/// `/signin` and `/signout`, for a desk with accounts.
struct SignInRoutes {
    let desk: DeskResources
    let signIn: SignIn

    func add(to router: Router<BasicRequestContext>) {
        router.get("/signin") { _, _ in Responses.html(SignInPage.html()) }
        router.post("/signin") { request, _ in
            let pairs = try FormBody.pairs(of: try await RequestBodies.text(of: request, limit: 16 << 10))
            let name = pairs.first { $0.0 == "name" }?.1 ?? ""
            let password = pairs.first { $0.0 == "password" }?.1 ?? ""
            guard await signIn.sessions.mayTry(name) else {
                return Responses.html(SignInPage.html(problem: ProblemWording.message(.signInLockedOut(minutes: Int(Sessions.lockout / 60))), name: name),
                                      status: .tooManyRequests)
            }
            let accounts = signIn.accounts
            // bcrypt takes a quarter of a second by design: off the threads that answer requests.
            let valid = await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: accounts.verify(name, password: password)) }
            }
            guard valid else {
                await signIn.sessions.failed(name)
                return Responses.html(SignInPage.html(problem: ProblemWording.message(.signInFailed), name: name), status: .unauthorized)
            }
            await signIn.sessions.succeeded(name)
            let token = await signIn.sessions.open(for: name)
            var response = Response(status: .seeOther)
            response.headers[.location] = "/"
            response.setCookie(signIn.cookie(token))
            return response
        }
        router.post("/signout") { request, _ in
            if let token = request.cookies[SignIn.cookieName]?.value { await signIn.sessions.close(token) }
            var response = Response(status: .seeOther)
            response.headers[.location] = "/signin"
            response.setCookie(signIn.cookie("", closing: true))
            return response
        }
    }
}
