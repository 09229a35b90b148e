"""
An invoicing session through zeep (Debian's python3-zeep), a SOAP client nobody here wrote, in strict
mode, against a running Billwire: it loads the served WSDL, signs a fresh tokenPassport for every call
(HMAC-SHA256 over account&consumerKey&token&nonce&timestamp, key consumerSecret&tokenSecret), builds every
record from the WSDL's types (so zeep writes xsi:type itself) and prints what it saw as one JSON object.
test/interop/zeep.test.ts runs it and checks the result.

Usage: zeep_client.py WSDL_URL ACCOUNT CONSUMER_KEY CONSUMER_SECRET TOKEN_ID TOKEN_SECRET [VERSION]
"""
import datetime
import json
import sys
import urllib.request

import zeep.exceptions

from zeep_session import ZeepSession

nz = ZeepSession(sys.argv)
t, call, status, ref = nz.t, nz.call, nz.status, nz.ref
CORE, FAULTS, SALES, REL, ACCT = nz.CORE, nz.FAULTS, nz.SALES, nz.REL, nz.ACCT


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

# Billing a sales order: initialize an invoice from it, send the initialized object straight back with
# add (its read-only fields ignored, as the preference asks), and read the order back as billed.
order = t(SALES, "SalesOrder")(
    entity=ref(customer),
    itemList=t(SALES, "SalesOrderItemList")(
        item=[t(SALES, "SalesOrderItem")(item=ref(item), quantity=q, rate=r) for q, r in [(4, "25.00"), (1, "9.99")]]
    ),
)
w = call("add", record=order).writeResponse
order_id = w.baseRef.internalId
init = t(CORE, "InitializeRecord")(type="invoice", reference=t(CORE, "InitializeRef")(type="salesOrder", internalId=order_id))
r = call("initialize", initializeRecord=init).readResponse
drafted = r.record
out["initialize"] = {
    "status": status(r.status),
    "class": type(drafted).__name__,
    "internalId": drafted.internalId,
    "createdFrom": drafted.createdFrom.internalId,
    "lines": [[l.orderLine, l.quantity, l.rate, l.amount] for l in drafted.itemList.item],
}
w = call("add", headers=[nz.header("preferences", ignoreReadOnlyFields=True)], record=drafted).writeResponse
out["addInitialized"] = {"status": status(w.status), "type": w.baseRef.type}
billed = call("get", baseRef=ref(w.baseRef.internalId, "invoice")).readResponse.record
out["billedInvoice"] = {"total": billed.total, "createdFrom": billed.createdFrom.internalId}
so = call("get", baseRef=ref(order_id, "salesOrder")).readResponse.record
out["billedOrder"] = {
    "orderId": order_id,
    "orderStatus": so.orderStatus,
    "quantityBilled": [l.quantityBilled for l in so.itemList.item],
}

# A fault provoked on purpose (the test server runs with BILLWIRE_FAULT_INJECTION=on): zeep must raise it as
# the WSDL's fault, with its code, and the next call must go through.
arm = urllib.request.Request(
    nz.base_url + "/admin/faults",
    data=json.dumps({"fault": "exceededRequestLimit", "operation": "get"}).encode(),
    headers={"Content-Type": "application/json"},
    method="POST",
)
urllib.request.urlopen(arm).read()
try:
    call("get", baseRef=ref(invoice_id, "invoice"))
    out["injected"] = None
except zeep.exceptions.Fault as e:
    element = e.detail[0] if e.detail is not None and len(e.detail) else None
    code = e.detail.find(".//{%s}code" % FAULTS) if e.detail is not None else None
    out["injected"] = {
        "faultcode": e.code,
        "detail": element.tag if element is not None else None,
        "code": code.text if code is not None else None,
    }
out["afterInjected"] = status(call("get", baseRef=ref(invoice_id, "invoice")).readResponse.status)

print(json.dumps(out, default=str))
