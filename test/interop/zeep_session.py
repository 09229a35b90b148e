"""
What every zeep interop script shares: a strict zeep client on the served WSDL, the real namespace URIs of
one version, WSDL types by name, and calls that carry a freshly signed tokenPassport (HMAC-SHA256 over
account&consumerKey&token&nonce&timestamp, key consumerSecret&tokenSecret), as a NetSuite client sends.

A script is run as: SCRIPT WSDL_URL ACCOUNT CONSUMER_KEY CONSUMER_SECRET TOKEN_ID TOKEN_SECRET [VERSION]
and builds its session with ZeepSession(sys.argv).
"""
import base64
import hashlib
import hmac
import secrets
import time

import zeep


class ZeepSession:
    def __init__(self, argv):
        wsdl, self.account, self.consumer_key, self.consumer_secret, self.token_id, self.token_secret = argv[1:7]
        self.base_url = wsdl.split("/wsdl/")[0]
        self.version = argv[7] if len(argv) > 7 else "2023_2"
        self.client = zeep.Client(wsdl, settings=zeep.Settings(strict=True))
        self.MSGS, self.CORE = self.ns("messages", "platform"), self.ns("core", "platform")
        self.COMMON, self.FAULTS = self.ns("common", "platform"), self.ns("faults", "platform")
        self.SALES = self.ns("sales", "transactions")
        self.REL, self.ACCT = self.ns("relationships", "lists"), self.ns("accounting", "lists")
        self.RecordRef = self.t(self.CORE, "RecordRef")

    def ns(self, area, group):
        return "urn:%s_%s.%s.webservices.netsuite.com" % (area, self.version, group)

    def t(self, uri, name):
        """A type of the served WSDL, by its real namespace URI."""
        return self.client.get_type("{%s}%s" % (uri, name))

    def header(self, name, **fields):
        """A SOAP header element of the messages namespace (preferences, searchPreferences, ...)."""
        return self.client.get_element("{%s}%s" % (self.MSGS, name))(**fields)

    def ref(self, internal_id=None, type_=None, external_id=None):
        return self.RecordRef(internalId=internal_id, externalId=external_id, type=type_)

    def passport(self):
        """A tokenPassport header element with a new nonce and timestamp."""
        nonce = secrets.token_hex(12)
        timestamp = int(time.time())
        text = "&".join([self.account, self.consumer_key, self.token_id, nonce, str(timestamp)])
        key = "%s&%s" % (self.consumer_secret, self.token_secret)
        signature = base64.b64encode(hmac.new(key.encode(), text.encode(), hashlib.sha256).digest()).decode()
        return self.header(
            "tokenPassport",
            account=self.account,
            consumerKey=self.consumer_key,
            token=self.token_id,
            nonce=nonce,
            timestamp=timestamp,
            signature=self.t(self.CORE, "TokenPassportSignature")(signature, algorithm="HMAC-SHA256"),
        )

    def call(self, operation, headers=(), **kwargs):
        """The response body; zeep answers {header, body} because every operation binds documentInfo."""
        return getattr(self.client.service, operation)(_soapheaders=[self.passport(), *headers], **kwargs).body

    @staticmethod
    def status(s):
        details = s.statusDetail or []
        return {"isSuccess": bool(s.isSuccess), "code": details[0].code if details else None}
