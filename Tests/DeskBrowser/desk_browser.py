#!/usr/bin/python3
"""The desk in a real browser: Debian's headless Chromium, driven through chromedriver by Selenium.

Usage: desk_browser.py URL SCREENSHOT_DIR

Fills the approval notice from nothing as office staff would, with the keyboard where it matters, and
checks what they see: a Japanese message beside a bad MCS ID that goes away once fixed, generated
passwords, the preview, and a PDF whose text holds every name entered. Saves a screenshot of every
page at a desktop width and a narrow one. Every wait is bounded; exits non-zero on the first failure.
"""
import base64
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
WAIT = 20  # seconds, for anything the page does after an edit


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ja-JP",
                     "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--disable-background-networking"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ja-JP,ja"})
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(WAIT)
    driver.set_script_timeout(WAIT)
    return driver


def shot(driver, name, width=1280):
    """A screenshot of the whole page at `width`."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return Math.max(document.body.scrollHeight, 900)")
    driver.set_window_size(width, min(height + 40, 6000))
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
    driver.set_window_size(1280, 900)


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print(f"ok: {what}")


def field(driver, name):
    return centred(driver, driver.find_element(By.NAME, name))


def centred(driver, element):
    """The element scrolled to the middle of the window, clear of the sticky row of buttons."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    return element


def type_into(driver, name, text):
    element = field(driver, name)
    element.clear()
    element.send_keys(text)
    element.send_keys(Keys.TAB)  # leaving the field asks the desk at once


def wait_for(driver, predicate, what):
    """Waits until `predicate` holds, through a page that is being replaced (a button posted the form)."""
    WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(predicate)
    print(f"ok: {what}")


def message_of(driver, element_id):
    messages = driver.find_elements(By.ID, "m-" + element_id[2:])
    return messages[0].text if messages else ""


def pdf_text(driver):
    """The PDF the page's 「PDFを開く」 prints, fetched by the page itself, as pdftotext reads it."""
    encoded = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const form = document.querySelector("form.entry");
        const body = new URLSearchParams(new FormData(form));
        body.append("action", "pdf");
        fetch(form.getAttribute("action"), {method: "POST", body}).then(r => r.arrayBuffer()).then(buffer => {
            let text = ""; const bytes = new Uint8Array(buffer);
            for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
            done(btoa(text));
        });
    """)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(base64.b64decode(encoded))
        pdf.flush()
        return subprocess.run(["pdftotext", pdf.name, "-"], capture_output=True, text=True, check=True).stdout


def home(driver):
    driver.get(BASE + "/")
    check(driver.find_element(By.TAG_NAME, "h1").text == "様式の一覧", "the home page lists the forms")
    shot(driver, "home")
    shot(driver, "home", 390)


def approval_from_nothing(driver):
    driver.get(BASE + "/forms/approval")
    shot(driver, "approval-empty")
    centred(driver, driver.find_element(By.CSS_SELECTOR, "input[name=decision][value=approved]")).click()
    type_into(driver, "date", "2026-11-24")  # a date input takes the digits in the browser's order
    era = driver.find_element(By.CSS_SELECTOR, 'output.era[for="f-date"]')
    if era.text != "令和8年11月24日":
        driver.execute_script("arguments[0].value = '2026-11-24'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", field(driver, "date"))
    wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, 'output.era[for="f-date"]').text == "令和8年11月24日",
             "the date shows as it will print (令和8年11月24日)")
    driver.execute_script("arguments[0].value = '2026-11-01'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                          field(driver, "applicationDate"))
    type_into(driver, "office.name", "大崎訪問看護ステーション")
    type_into(driver, "representative", "大崎 太郎")
    type_into(driver, "users[0].name", "佐藤 花子")
    type_into(driver, "users[0].mcsId", "hanako.sato@")
    wait_for(driver, lambda d: "メールアドレスの形ではありません" in message_of(d, "f-users-0-mcsId"),
             "a Japanese message appears beside the bad MCS ID")
    mcs_id = field(driver, "users[0].mcsId")
    check(mcs_id.get_attribute("aria-invalid") == "true", "the bad MCS ID is aria-invalid")
    check("m-users-0-mcsId" in (mcs_id.get_attribute("aria-describedby") or ""), "its message is tied to it")
    summary = driver.find_element(By.CSS_SELECTOR, ".summary")
    check(not summary.get_attribute("hidden") and "f-users-0-mcsId" in summary.get_attribute("innerHTML"),
          "the summary links to the field")
    shot(driver, "approval-live-error")

    type_into(driver, "users[0].mcsId", "hanako.sato@example.jp")
    wait_for(driver, lambda d: message_of(d, "f-users-0-mcsId") == "", "the message goes once the MCS ID is fixed")
    check(field(driver, "users[0].mcsId").get_attribute("aria-invalid") is None, "the field is valid again")

    centred(driver, driver.find_element(By.CSS_SELECTOR, "button[value=passwords]")).click()
    wait_for(driver, lambda d: len(field(d, "users[0].password").get_attribute("value")) == 12, "a password is generated")
    password = field(driver, "users[0].password").get_attribute("value")
    wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "section.preview img")) >= 1, "the preview shows the page")
    shot(driver, "approval-filled")
    shot(driver, "approval-filled", 390)

    text = pdf_text(driver)
    for expected in ["大崎訪問看護ステーション", "大崎 太郎", "佐藤 花子", "hanako.sato@example.jp", password]:
        check(expected in text, f"the PDF holds {expected if expected != password else 'the password'}")


def application_to_notice(driver):
    """Loads Examples/application.yaml into the application's page, then makes the approval notice from it."""
    example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Examples", "application.yaml")
    driver.get(BASE + "/forms/application")
    driver.find_element(By.ID, "load-file").send_keys(os.path.abspath(example))
    centred(driver, driver.find_element(By.CSS_SELECTOR, "form.load button")).click()
    wait_for(driver, lambda d: d.find_element(By.NAME, "office.name").get_attribute("value") == "古川みどり診療所",
             "the application file fills the form")
    shot(driver, "application-loaded")
    applicants = [(driver.find_element(By.NAME, f"applicants[{row}].name").get_attribute("value"),
                   driver.find_element(By.NAME, f"applicants[{row}].mcsId").get_attribute("value")) for row in range(3)]
    centred(driver, driver.find_element(By.CSS_SELECTOR, "button[value=derive-approval]")).click()
    wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "form.entry").get_attribute("data-form") == "approval",
             "the approval notice opens from the application")
    for row, (name, mcs_id) in enumerate(applicants):
        check(field(driver, f"users[{row}].name").get_attribute("value") == name, f"user {row + 1} keeps the applicant's name")
        check(field(driver, f"users[{row}].mcsId").get_attribute("value") == mcs_id, f"user {row + 1} keeps the MCS ID")
        check(len(field(driver, f"users[{row}].password").get_attribute("value")) == 12, f"user {row + 1} has a password")
    check(field(driver, "users[0].admin").is_selected(), "the 管理者 mark carries over")
    check(field(driver, "office.name").get_attribute("value") == "古川みどり診療所", "the office carries over")
    shot(driver, "approval-from-application")


def batch(driver):
    """Prints a file of notices from the batch page and sees its result and downloads."""
    rows = ["office,representative,applicationDate,decision,date,name,sex,mcsId,password,admin",
            "古川診療所,大崎 一郎,2026-11-24,approved,2026-12-01,大崎 一郎,男,ichiro@example.jp,,true",
            "鳴子薬局,鳴子 花子,2026-11-25,approved,2026-12-01,鳴子 花子,女,hanako@,,true"]
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", delete=False) as csv:
        csv.write("\r\n".join(rows) + "\r\n")
    try:
        driver.get(BASE + "/batch")
        shot(driver, "batch")
        driver.find_element(By.ID, "batch-file").send_keys(csv.name)
        centred(driver, driver.find_element(By.NAME, "generatePasswords")).click()
        centred(driver, driver.find_element(By.CSS_SELECTOR, "form.batch button[type=submit]")).click()
        wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "印刷が終わりました", "the batch finishes")
        check("2 件のうち 1 件を印刷しました" in driver.page_source, "the page says what was printed")
        check("メールアドレスの形ではありません" in driver.page_source, "the bad record is listed with its message")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ul.downloads a")]
        check(len(links) == 4 and any(link.endswith("/mailing.csv") for link in links),
              "four files wait to be downloaded, the list of envelopes among them")
        shot(driver, "batch-done")
    finally:
        os.unlink(csv.name)


def keyboard_only(driver):
    """Every field of every form is reached with Tab alone, in the page's order."""
    for kind in ["application", "approval", "withdrawal", "consent"]:
        driver.get(BASE + "/forms/" + kind)
        wanted = {e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, "form.entry input:not([type=hidden]), form.entry select")}
        reached = set()
        for _ in range(400):
            ActionTab(driver)
            active = driver.execute_script("return document.activeElement.id")
            if active:
                reached.add(active)
            if wanted <= reached:
                break
        # Radio buttons of one group are one stop; the others are reached with the arrow keys.
        missing = {i for i in wanted - reached if not i.startswith("f-decision")} - {""}
        check(not missing, f"{kind}: every field is reached with the keyboard (missing: {sorted(missing)})")
        shot(driver, "form-" + kind)


def ActionTab(driver):
    webdriver.ActionChains(driver).send_keys(Keys.TAB).perform()


def not_found(driver):
    driver.get(BASE + "/nothing")
    check("このページはありません" in driver.page_source, "an unknown address is a Japanese page")
    shot(driver, "not-found")


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    try:
        home(driver)
        approval_from_nothing(driver)
        application_to_notice(driver)
        batch(driver)
        keyboard_only(driver)
        not_found(driver)
        logs = [entry for entry in driver.get_log("browser")
                if entry["level"] == "SEVERE" and not entry["message"].startswith(BASE + "/nothing ")]
        check(not logs, f"the browser reports no error ({logs})")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
