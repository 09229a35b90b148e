"""
An invoicing session through zeep (Debian's python3-zeep), a SOAP client nobody here wrote, in strict
mode, against a running Billwire: it loads the served WSDL, signs a fresh tokenPassport for every call
(HMAC-SHA256 over account&consumerKey&token&nonce&timestamp, key consumerSecret&tokenSecret), builds every
record from the WSDL's types (so zeep writes xsi:type itself) and prints what it saw as one JSON object.
test/interop/zeep.test.ts runs it and checks the result.

Usage: zeep_client.py WSDL_URL ACCOUNT CONSUMER_KEY CONSUMER_SECRET TOKEN_ID TOKEN_SECRET [VERSION]
"""
import base64
import datetime
import hashlib
import hmac
import json
import secrets
import sys
import time

import zeep

wsdl, account, consumer_key, consumer_secret, token_id, token_secret = sys.argv[1:7]
version = sys.argv[7] if len(sys.argv) > 7 else "2023_2"


def ns(area, group):
    return "urn:%s_%s.%s.webservices.netsuite.com" % (area, version, group)


MSGS, CORE = ns("messages", "platform"), ns("core", "platform")
SALES, REL, ACCT = ns("sales", "transactions"), ns("relationships", "lists"), ns("accounting", "lists")

client = zeep.Client(wsdl, settings=zeep.Settings(strict=True))


def t(uri, name):
    """A type of the served WSDL, by its real namespace URI."""
    return client.get_type("{%s}%s" % (uri, name))


RecordRef = t(CORE, "RecordRef")
Signature = t(CORE, "TokenPassportSignature")
token_passport = client.get_element("{%s}tokenPassport" % MSGS)


def passport():
    """A tokenPassport header element with a new nonce and timestamp."""
    nonce = secrets.token_hex(12)
    timestamp = int(time.time())
    text = "&".join([account, consumer_key, token_id, nonce, str(timestamp)])
    key = "%s&%s" % (consumer_secret, token_secret)
    signature = base64.b64encode(hmac.new(key.encode(), text.encode(), hashlib.sha256).digest()).decode()
    return token_passport(
        account=account,
        consumerKey=consumer_key,
        token=token_id,
        nonce=nonce,
        timestamp=timestamp,
        signature=Signature(signature, algorithm="HMAC-SHA256"),
    )


def call(operation, **kwargs):
    """The response body; zeep answers {header, body} because every operation binds documentInfo."""
    return getattr(client.service, operation)(_soapheaders=[passport()], **kwargs).body


def status(s):
    details = s.statusDetail or []
    return {"isSuccess": bool(s.isSuccess), "code": details[0].code if details else None}


def ref(internal_id, type_=None):
    return RecordRef(internalId=internal_id, type=type_)


def invoice(customer, item, memo, lines, external_id=None):
    return t(SALES, "Invoice")(
        externalId=external_id,
        entity=ref(customer),
        tranDate=datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-8))),
        memo=memo,
        itemList=t(SALES, "InvoiceItemList")(
            item=[t(SALES, "InvoiceItem")(item=ref(item), quantity=q, rate=r) for q, r in lines]
        ),
        customFieldList=t(CORE, "CustomFieldList")(
            customField=[t(CORE, "StringCustomFieldRef")(scriptId="custbody_channel", value="zeep")]
        ),
    )


out = {}

w = call("add", record=t(REL, "Customer")(externalId="ZEEP-CUST", companyName="Zeep Co")).writeResponse
out["addCustomer"] = {"status": status(w.status), "type": w.baseRef.type}
customer = w.baseRef.internalId

w = call("add", record=t(ACCT, "ServiceSaleItem")(itemId="Zeep hours", rate=80.0)).writeResponse
out["addItem"] = {"status": status(w.status), "type": w.baseRef.type}
item = w.baseRef.internalId

w = call("add", record=invoice(customer, item, "From zeep", [(3, "120.00"), (2, "15.50")], "ZEEP-INV-1")).writeResponse
out["addInvoice"] = {"status": status(w.status), "type": w.baseRef.type, "externalId": w.baseRef.externalId}
invoice_id = w.baseRef.internalId

r = call("get", baseRef=ref(invoice_id, "invoice")).readResponse
rec = r.record
out["get"] = {
    "status": status(r.status),
    "class": type(rec).__name__,
    "subTotal": rec.subTotal,
    "total": rec.total,
    "entityName": rec.entity.name,
    "memo": rec.memo,
    "tranDate": rec.tranDate.isoformat(),
    "lines": [[l.line, l.quantity, l.rate, l.amount] for l in rec.itemList.item],
    "customFields": [[type(c).__name__, c.scriptId, c.value] for c in rec.customFieldList.customField],
}

w = call("update", record=t(SALES, "Invoice")(internalId=invoice_id, memo="Updated by zeep")).writeResponse
out["update"] = {"status": status(w.status)}
rec = call("get", baseRef=ref(invoice_id, "invoice")).readResponse.record
out["afterUpdate"] = {"memo": rec.memo, "total": rec.total, "lines": len(rec.itemList.item)}

batch = [invoice(customer, item, "Batch %d" % n, [(1, "%d.00" % (10 * n))]) for n in (1, 2, 3)]
wl = call("addList", record=batch).writeResponseList
out["addList"] = {
    "statuses": [status(x.status) for x in wl.writeResponse],
    "ids": [x.baseRef.internalId for x in wl.writeResponse],
}

victim = out["addList"]["ids"][1]
reason = t(CORE, "DeletionReason")(deletionReasonCode=ref("1"), deletionReasonMemo="duplicate")
w = call("delete", baseRef=ref(victim, "invoice"), deletionReason=reason).writeResponse
out["delete"] = {"status": status(w.status)}
r = call("get", baseRef=ref(victim, "invoice")).readResponse
out["getDeleted"] = {"status": status(r.status), "record": r.record is not None}

print(json.dumps(out, default=str))
